/**
 * What turns JMH's JSON results into the docs: {@link dev.m2m.bench.report.Report} writes
 * {@code docs/benchmarks.md}, its charts and the README's headline table; {@link
 * dev.m2m.bench.report.Summary} prints a pass's console summary. Both read the results as rows with
 * ratios to the floor and their intervals, and count what each call sends.
 */
package dev.m2m.bench.report;
