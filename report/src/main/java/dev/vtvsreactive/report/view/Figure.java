package dev.vtvsreactive.report.view;

/**
 * One chart: inline on the page, linked as an image from the Markdown.
 *
 * @param alt the image's text in the Markdown (the inline SVG holds its own title)
 * @param caption what its marks mean
 * @param inlineSvg the {@code <svg>} element, with ids unique within the page: markup, written as it is
 * @param svg the SVG file's path relative to the report
 * @param png the PNG file's path relative to the report
 */
public record Figure(String alt, String caption, String inlineSvg, String svg, String png) {
}
