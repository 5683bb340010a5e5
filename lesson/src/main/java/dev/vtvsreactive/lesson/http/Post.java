package dev.vtvsreactive.lesson.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A jsonplaceholder post, as {@code GET /posts/{id}} returns it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Post(int userId, int id, String title, String body) {
}
