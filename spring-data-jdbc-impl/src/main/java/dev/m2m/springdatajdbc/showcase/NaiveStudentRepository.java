package dev.m2m.springdatajdbc.showcase;

import org.springframework.data.repository.CrudRepository;

/** The naive aggregate's repository: {@code findById} and {@code save}, nothing more. */
public interface NaiveStudentRepository extends CrudRepository<NaiveStudent, Long> {
}
