package dev.vtvsreactive.lesson.http;

import java.net.URI;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The one Jackson mapper of the suite, and the read every model's HTTP client ends with. */
public final class LessonJson {

    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private LessonJson() {
    }

    /**
     * Builds the deserializers of the lesson's types now, on the calling thread. Jackson builds a
     * type's deserializer under a lock the first time it reads one; two event loops parsing their
     * first responses at once would otherwise park on that lock (BlockHound reports it).
     */
    public static void warmUp() {
        MAPPER.readerFor(Post.class);
        MAPPER.readerFor(Comment.class);
    }

    /**
     * Parses the body of a response to {@code url}, which had status {@code status}.
     *
     * @throws HttpFailure for a status other than 2xx, or a body that is not the expected JSON
     */
    public static <T> T read(URI url, int status, byte[] body, Class<T> type) {
        if (status < 200 || status > 299) {
            throw HttpFailure.status(url, status);
        }
        try {
            return MAPPER.readValue(body, type);
        } catch (JacksonException e) {
            throw new HttpFailure(url, HttpFailure.Kind.MALFORMED_JSON, e.getOriginalMessage(), e);
        }
    }
}
