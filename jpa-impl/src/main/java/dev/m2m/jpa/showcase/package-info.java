/**
 * Teaching code, not used by the registrar: the JPA mapping of {@link dev.m2m.jpa} put to work the ways the
 * tutorial measures and warns against. {@link dev.m2m.jpa.showcase.FetchStrategies} loads one graph four
 * ways (chapter 6); {@link dev.m2m.jpa.showcase.DeleteThroughEachStudent} deletes a course through each of
 * its students, the pitfall of chapter 8. Each is held to its statement counts by a test.
 */
package dev.m2m.jpa.showcase;
