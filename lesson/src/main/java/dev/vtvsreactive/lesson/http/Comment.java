package dev.vtvsreactive.lesson.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A jsonplaceholder comment, as {@code GET /comments/{id}} returns it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Comment(int postId, int id, String name, String email, String body) {
}
