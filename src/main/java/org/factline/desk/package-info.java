/**
 * The editor's desk: the pages where reporters and editors record articles, claims, sources and
 * verdicts and take them through review. It composes the domain modules through their APIs.
 */
package org.factline.desk;
