package dev.m2m.bench.school;

/**
 * A fixed input planted in every school: a course, a student or a classmates probe. Which kind a
 * benchmark takes, and so how a result's probe name reads back, the benchmark catalog says.
 */
public interface Probe {

    /** The probe as a reader says it: "100 students", "3 courses", "99 classmates". */
    String label();

    /** How many rows its read returns. */
    int answerSize();

    String name();
}
