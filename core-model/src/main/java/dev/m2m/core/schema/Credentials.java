package dev.m2m.core.schema;

import java.util.Objects;

/** A database login. {@link #toString()} never shows the password. */
public record Credentials(String user, String password) {

    public Credentials {
        Objects.requireNonNull(user, "user");
        password = password == null ? "" : password;
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=***]";
    }
}
