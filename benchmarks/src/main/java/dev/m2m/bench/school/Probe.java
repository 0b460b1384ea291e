package dev.m2m.bench.school;

import java.util.stream.Stream;

/** A fixed input planted in every school: a course, a student or a classmates probe. */
public interface Probe {

    /** The probe as a reader says it: "100 students", "3 courses", "99 classmates". */
    String label();

    /** How many rows its read returns. */
    int answerSize();

    String name();

    /** The probe of that name, of any kind (the names do not overlap). */
    static Probe named(String name) {
        return Stream.of(CourseProbe.values(), StudentProbe.values(), ClassmatesProbe.values())
                .flatMap(Stream::of)
                .map(Probe.class::cast)
                .filter(probe -> probe.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no probe named " + name));
    }
}
