/**
 * The jar's entry point, {@code java -jar benchmarks.jar}: the default pass, the named passes of the
 * committed run ({@link dev.m2m.bench.run.Pass}), or JMH's own command line.
 */
package dev.m2m.bench.run;
