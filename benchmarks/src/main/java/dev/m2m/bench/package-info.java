/**
 * JMH benchmarks: the same join queries and writes through every approach, over the same generated
 * data, against a plain {@code java.sql} floor. {@link dev.m2m.bench.Main} runs a short default pass
 * and prints a summary; {@link dev.m2m.bench.Report} turns a JMH JSON result into
 * {@code docs/benchmarks.md} and a chart.
 */
package dev.m2m.bench;
