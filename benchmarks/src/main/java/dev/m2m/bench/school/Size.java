package dev.m2m.bench.school;

/** Data set sizes, by number of students; each student takes about five courses. */
public enum Size {
    S_1K(1_000),
    S_10K(10_000),
    S_100K(100_000),
    S_1M(1_000_000);

    public final int students;

    Size(int students) {
        this.students = students;
    }
}
