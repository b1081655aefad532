/**
 * The demo a new user sees (the TribunWow article of August 2022, with its speakers, claims, sources and
 * verdicts), loaded through the other modules' APIs. The one module that may depend on all others.
 */
package org.factline.demo;
