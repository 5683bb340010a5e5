package dev.vtvsreactive.lesson.http;

/** What the lesson's {@code main_http_example} fetches: {@code data1} and {@code data2}. */
public record PostAndComment(Post post, Comment comment) {
}
