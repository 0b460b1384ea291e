package dev.m2m.jpa.showcase;

import dev.m2m.core.StudentWithCourses;
import dev.m2m.jpa.HibernateSetup;
import dev.m2m.jpa.Transactions;
import dev.m2m.jpa.mapping.CourseEntity;
import dev.m2m.jpa.mapping.StudentEntity;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.jpa.SpecHints;

/**
 * One read, "every student with their courses", loaded four ways, to show what each costs. All four
 * return the same list; they differ in the statements they send for N students:
 *
 * <ul>
 *   <li>{@link #lazyLoading()}: 1 + N, the N+1 problem;</li>
 *   <li>{@link #joinFetch()}: 1, the relationship joined in the query;</li>
 *   <li>{@link #entityGraph()}: 1, the same join asked for by a named graph instead of the query text;</li>
 *   <li>{@link #batchFetching(int)}: 1 + ceil(N / batch size), lazy loading that loads many at once.</li>
 * </ul>
 *
 * The tests assert these counts on a fixed data set; the benchmarks measure what they cost in time.
 */
public final class FetchStrategies implements AutoCloseable {

    private static final String ALL_STUDENTS = "select s from Student s order by s.id";

    private final EntityManagerFactory factory;
    private final Transactions transactions;

    public FetchStrategies(DataSource dataSource) {
        this.factory = HibernateSetup.entityManagerFactory(dataSource);
        this.transactions = new Transactions(factory);
    }

    /**
     * The pitfall: the query loads the students only; each student's {@code courses} is a lazy
     * collection that runs its own SELECT the first time it is touched, here while mapping.
     */
    // tag::lazy[]
    public List<StudentWithCourses> lazyLoading() {
        return transactions.read(em -> toRecords(
                em.createQuery(ALL_STUDENTS, StudentEntity.class).getResultList()));
    }
    // end::lazy[]

    /**
     * The same pitfall on a page of students, as a screen would load it: 1 + {@code limit} statements.
     * The benchmarks measure this one, next to the registrar's one-statement page.
     */
    public List<StudentWithCourses> lazyLoading(long afterId, int limit) {
        return transactions.read(em -> toRecords(em.createQuery("""
                        select s from Student s
                        where s.id > :afterId
                        order by s.id""", StudentEntity.class)
                .setParameter("afterId", afterId)
                .setMaxResults(limit)
                .getResultList()));
    }

    /** The query says what it loads: students and their courses in one join. */
    // tag::join-fetch[]
    public List<StudentWithCourses> joinFetch() {
        return transactions.read(em -> toRecords(em.createQuery("""
                        select s from Student s
                        left join fetch s.courses
                        order by s.id""", StudentEntity.class)
                .getResultList()));
    }
    // end::join-fetch[]

    /**
     * The query stays plain; the named entity graph on {@link StudentEntity} says "with courses", and
     * Hibernate adds the join. Handy when one query serves callers that need different graphs.
     */
    // tag::entity-graph[]
    public List<StudentWithCourses> entityGraph() {
        return transactions.read(em -> toRecords(
                em.createQuery(ALL_STUDENTS, StudentEntity.class)
                        .setHint(SpecHints.HINT_SPEC_FETCH_GRAPH, em.getEntityGraph(StudentEntity.WITH_COURSES))
                        .getResultList()));
    }
    // end::entity-graph[]

    /**
     * Still lazy, but the first collection touched loads up to {@code batchSize} students' courses in one
     * statement ({@code where student_id in (...)}). The same effect, for every session, comes from
     * {@code hibernate.default_batch_fetch_size} or {@code @BatchSize} on the collection.
     */
    // tag::batch-fetching[]
    public List<StudentWithCourses> batchFetching(int batchSize) {
        return transactions.read(em -> {
            em.unwrap(Session.class).setFetchBatchSize(batchSize);
            return toRecords(em.createQuery(ALL_STUDENTS, StudentEntity.class).getResultList());
        });
    }
    // end::batch-fetching[]

    private static List<StudentWithCourses> toRecords(List<StudentEntity> students) {
        return students.stream()
                .map(student -> new StudentWithCourses(student.toStudent(),
                        student.getCourses().stream().map(CourseEntity::toCourse).toList()))
                .toList();
    }

    @Override
    public void close() {
        factory.close();
    }
}
