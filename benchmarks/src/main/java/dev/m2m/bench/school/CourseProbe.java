package dev.m2m.bench.school;

/**
 * Courses planted in every school with an exact number of students, so that one {@code studentsIn} score
 * is one well-defined query: its answer has exactly {@link #students} rows. A probe exists in a school of
 * at least ten times its size (the 10,000-student course from 100,000 students on); its id is its
 * position, 1 to 4, before the background courses.
 */
public enum CourseProbe implements Probe {
    C_10(10),
    C_100(100),
    C_1K(1_000),
    C_10K(10_000);

    final int students;

    CourseProbe(int students) {
        this.students = students;
    }

    public boolean existsIn(Size size) {
        return size.students >= 10 * students;
    }

    /** As a reader says it: "100 students". */
    @Override
    public String label() {
        return "%,d students".formatted(students);
    }

    @Override
    public int answerSize() {
        return students;
    }

    public long id() {
        return ordinal() + 1;
    }

    /** The probe asked for, or a clear refusal naming the sizes that have it. */
    public CourseProbe requireIn(Size size) {
        if (!existsIn(size)) {
            throw new IllegalArgumentException("%s (a course of %,d students) needs a school of at least %,d students, not %s"
                    .formatted(this, students, 10 * students, size));
        }
        return this;
    }
}
