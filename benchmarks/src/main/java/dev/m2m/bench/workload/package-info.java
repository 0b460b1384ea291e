/**
 * What is timed: the {@link dev.m2m.bench.workload.Workload} each {@link
 * dev.m2m.bench.workload.Implementation} opens (the plain {@code java.sql} floor, a project registrar as users
 * call it, or a registrar with some reads done another way), and the other ways to load the page of
 * students, {@link dev.m2m.bench.workload.NaiveLoading} (the N+1s, Spring Data's Pageables).
 */
package dev.m2m.bench.workload;
