package dev.vtvsreactive.reactor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.lesson.http.HttpTimeouts;
import dev.vtvsreactive.lesson.http.LessonJson;
import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.stub.StubData;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ReactorNettyHttpTest {

    /**
     * A server that closes the first connection once it has read the request, without a byte of
     * response, and answers on the second: as a server closing a kept-alive connection as it is reused.
     */
    @Test
    void retriesAGetOnceWhenTheServerClosesTheConnectionBeforeAnyResponse() throws Exception {
        byte[] body = LessonJson.MAPPER.writeValueAsBytes(StubData.POST_1);
        // Closed in reverse: the listener before the server's thread, which its close() unblocks.
        try (ExecutorService server = Executors.newVirtualThreadPerTaskExecutor();
                ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                ReactorHttp http = ReactorHttp.netty(HttpTimeouts.DEFAULT)) {
            Future<Integer> connections = server.submit(() -> {
                try (Socket first = listener.accept()) {
                    readRequestHead(first.getInputStream());
                }
                try (Socket second = listener.accept()) {
                    readRequestHead(second.getInputStream());
                    OutputStream out = second.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                            + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body);
                    out.flush();
                }
                return 2;
            });
            URI url = URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/posts/1");

            Post post = http.get(url, Post.class).block(Duration.ofSeconds(10));

            assertThat(post).isEqualTo(StubData.POST_1);
            assertThat(connections.get()).isEqualTo(2);
        }
    }

    private static void readRequestHead(InputStream in) throws IOException {
        String head = "";
        while (!head.endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("the client closed before its request was complete: " + head);
            }
            head += (char) next;
        }
    }
}
