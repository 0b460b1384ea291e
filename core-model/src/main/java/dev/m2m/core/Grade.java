package dev.m2m.core;

/**
 * A grade in points, from {@value #MIN_POINTS} to {@value #MAX_POINTS}. Grades compare by points, so
 * "at least a grade" means "at least as many points".
 */
public record Grade(int points) implements Comparable<Grade> {

    public static final int MIN_POINTS = 0;
    public static final int MAX_POINTS = 100;

    /** @throws InvalidArgumentException the points are outside 0 to 100 */
    public Grade {
        if (points < MIN_POINTS || points > MAX_POINTS) {
            throw new InvalidArgumentException(
                    "grade must be between " + MIN_POINTS + " and " + MAX_POINTS + " points, was " + points);
        }
    }

    public static Grade of(int points) {
        return new Grade(points);
    }

    @Override
    public int compareTo(Grade other) {
        return Integer.compare(points, other.points);
    }
}
