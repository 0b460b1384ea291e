package dev.m2m.contract;

import dev.m2m.core.Registrar;
import dev.m2m.core.SchoolImport;
import dev.m2m.core.SchoolImport.Link;
import dev.m2m.core.SchoolImport.NewCourse;
import java.util.ArrayList;
import java.util.List;

/**
 * A school built around one student and one course with {@code links} links each, stored in one
 * import: the hub student takes every spare course, every member takes the hub course, and a newcomer
 * takes nothing yet. For {@link WriteOperation}'s statement counts.
 */
public record HubSchool(long hubStudent, long newcomer, long hubCourse, List<Long> spareCourses) {

    /** More links than any batch or fetch size of any approach: the largest is SchoolImport.BATCH_SIZE. */
    public static final int MANY_LINKS = SchoolImport.BATCH_SIZE + 100;

    public static HubSchool create(Registrar registrar, int links) {
        var students = new ArrayList<>(List.of("Hub student", "Newcomer"));
        var courses = new ArrayList<>(List.of(new NewCourse("Hub course", links + 1)));
        var pairs = new ArrayList<Link>();
        for (int i = 0; i < links; i++) {
            students.add("Member %05d".formatted(i));
            courses.add(new NewCourse("Spare %05d".formatted(i), 2));
            pairs.add(new Link(0, 1 + i));
            pairs.add(new Link(2 + i, 0));
        }
        var imported = registrar.importSchool(new SchoolImport(students, courses, pairs));
        var ids = imported.courseIds();
        return new HubSchool(imported.studentIds().get(0), imported.studentIds().get(1), ids.get(0),
                List.copyOf(ids.subList(1, ids.size())));
    }

    public int links() {
        return spareCourses.size();
    }
}
