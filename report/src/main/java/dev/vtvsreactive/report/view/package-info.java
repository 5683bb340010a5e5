/**
 * The report's view model: plain records of the text the pages show, computed once from the
 * analysis and rendered by two templates, {@code index.html} and {@code report.md}, so that both
 * say the same. Nothing here is escaped: the HTML template escapes every value, the Markdown
 * template only what a table cell needs ({@link dev.vtvsreactive.report.view.Markdown}).
 */
package dev.vtvsreactive.report.view;
