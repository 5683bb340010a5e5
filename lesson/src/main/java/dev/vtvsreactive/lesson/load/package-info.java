/**
 * An open-loop load of GETs: the fixed schedule every model follows and where it reports each GET.
 */
package dev.vtvsreactive.lesson.load;
