/**
 * The school the benchmarks run on and its databases: the seeded data of each {@link
 * dev.m2m.bench.school.Size}, the probes planted in it (fixed inputs with a known answer size), its loader,
 * and the database a trial opens, H2 in memory or an embedded PostgreSQL started on a kept image, with what
 * puts a deleted row back and the relay that counts round trips.
 */
package dev.m2m.bench.school;
