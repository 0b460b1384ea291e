/**
 * JMH benchmarks: the same join queries and writes through every approach, over the same generated
 * data, against a plain {@code java.sql} floor. This package holds the {@code @Benchmark} classes (JMH
 * and the committed results name them in full, {@code dev.m2m.bench.StudentsInBenchmarks.studentsIn}),
 * the states they share ({@link dev.m2m.bench.OnDataSet}, {@link dev.m2m.bench.Trial}), how they are
 * measured ({@link dev.m2m.bench.Measured}), and {@link dev.m2m.bench.BenchmarkCatalog}, the one list of
 * them that the passes and the report read. Below it: the school and its databases
 * ({@code dev.m2m.bench.school}) and what is timed ({@code dev.m2m.bench.workload}); above it: the report
 * ({@code dev.m2m.bench.report}) and the jar's entry point with its named passes
 * ({@code dev.m2m.bench.run}).
 */
package dev.m2m.bench;
