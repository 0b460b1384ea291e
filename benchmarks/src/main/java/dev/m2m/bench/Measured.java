package dev.m2m.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How every benchmark here is measured (JMH reads these annotations from the superclass): the average
 * time of a call, two forks of ten short iterations each, so that a score's 99.9% margin rests on 20
 * iterations and on two JVMs' compilations rather than on one. With a fixed input per score, 6 s of
 * warm-up settle Hibernate and MyBatis on 2 cores (a score still drifting would show as a wide margin,
 * and the report flags those).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 10, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
abstract class Measured {
}
