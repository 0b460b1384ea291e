package dev.m2m.bench.school;

/**
 * Students planted for {@code classmatesOf}: each takes one probe course and nothing else, so their
 * classmates are that course's other students, exactly {@code course.students - 1} of them. Ids 4 and 5,
 * after the {@link StudentProbe}s; the second exists where its course does.
 */
public enum ClassmatesProbe implements Probe {
    ABOUT_100(CourseProbe.C_100),
    ABOUT_10K(CourseProbe.C_10K);

    final CourseProbe course;

    ClassmatesProbe(CourseProbe course) {
        this.course = course;
    }

    int classmates() {
        return course.students - 1;
    }

    @Override
    public String label() {
        return "%,d classmates".formatted(classmates());
    }

    @Override
    public int answerSize() {
        return classmates();
    }

    public long id() {
        return StudentProbe.values().length + ordinal() + 1;
    }

    public boolean existsIn(Size size) {
        return course.existsIn(size);
    }

    public ClassmatesProbe requireIn(Size size) {
        course.requireIn(size);
        return this;
    }
}
