package dev.vtvsreactive.stub;

import dev.vtvsreactive.lesson.http.Comment;
import dev.vtvsreactive.lesson.http.Post;
import java.util.Optional;

/**
 * jsonplaceholder's data set, in its shapes and sizes: 100 posts (ten per user) and 500 comments
 * (five per post). Post 1 and comment 1 carry jsonplaceholder's real text, as the lesson prints
 * them; the others are generated, deterministically.
 */
public final class StubData {

    public static final int POSTS = 100;
    public static final int COMMENTS = 500;

    public static final Post POST_1 = new Post(1, 1,
            "sunt aut facere repellat provident occaecati excepturi optio reprehenderit",
            "quia et suscipit\nsuscipit recusandae consequuntur expedita et cum\n"
                    + "reprehenderit molestiae ut ut quas totam\nnostrum rerum est autem sunt rem eveniet architecto");

    public static final Comment COMMENT_1 = new Comment(1, 1,
            "id labore ex et quam laborum",
            "Eliseo@gardner.biz",
            "laudantium enim quasi est quidem magnam voluptate ipsam eos\ntempora quo necessitatibus\n"
                    + "dolor quam autem quasi\nreiciendis et nam sapiente accusantium");

    private StubData() {
    }

    public static Optional<Post> post(int id) {
        if (id < 1 || id > POSTS) {
            return Optional.empty();
        }
        return Optional.of(id == 1 ? POST_1 : new Post((id - 1) / 10 + 1, id,
                "post " + id + " of user " + ((id - 1) / 10 + 1),
                "the body of post " + id + "\nwritten by the stub\nin jsonplaceholder's shape"));
    }

    public static Optional<Comment> comment(int id) {
        if (id < 1 || id > COMMENTS) {
            return Optional.empty();
        }
        int postId = (id - 1) / 5 + 1;
        return Optional.of(id == 1 ? COMMENT_1 : new Comment(postId, id,
                "comment " + id + " on post " + postId,
                "reader" + id + "@example.org",
                "the body of comment " + id + "\nwritten by the stub"));
    }
}
