package dev.m2m.bench.school;

/**
 * Students planted in every school with an exact number of courses, for {@code findStudent} and the
 * delete of a student: ids 1 to 3, before the background students. Their courses are background
 * courses, drawn as everyone else's are.
 */
public enum StudentProbe implements Probe {
    COURSES_1(1),
    COURSES_3(3),
    COURSES_9(9);

    public final int courses;

    StudentProbe(int courses) {
        this.courses = courses;
    }

    @Override
    public String label() {
        return courses == 1 ? "1 course" : courses + " courses";
    }

    @Override
    public int answerSize() {
        return courses;
    }

    public long id() {
        return ordinal() + 1;
    }
}
