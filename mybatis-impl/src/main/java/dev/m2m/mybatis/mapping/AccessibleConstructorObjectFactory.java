package dev.m2m.mybatis.mapping;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.reflection.ReflectionException;
import org.apache.ibatis.reflection.factory.DefaultObjectFactory;

/**
 * Builds result objects through constructors made accessible once and kept.
 *
 * <p>Why: MyBatis's {@link DefaultObjectFactory} looks the constructor up again for every object,
 * calls it, and for a constructor that is not public (the no-argument constructors of this package's
 * row classes, which only MyBatis should call, and any package-private row type of a reader's own) gets
 * an {@link IllegalAccessException}, makes that fresh copy accessible and calls it again: one exception
 * created, filled with a stack trace and thrown away per row. Chapter 11 tells how a profile found it.
 * Collection interfaces ({@code List}, {@code Set}, ...) still go to the default factory, which knows
 * which class to create for them.
 */
public final class AccessibleConstructorObjectFactory extends DefaultObjectFactory {

    private static final long serialVersionUID = 1L;

    private record Signature(Class<?> type, List<Class<?>> parameterTypes) {
    }

    private final transient Map<Signature, Constructor<?>> constructors = new ConcurrentHashMap<>();

    @Override
    public <T> T create(Class<T> type, List<Class<?>> parameterTypes, List<Object> arguments) {
        if (type.isInterface()) {
            return super.create(type, parameterTypes, arguments);
        }
        var signature = new Signature(type, parameterTypes == null ? List.of() : List.copyOf(parameterTypes));
        var constructor = constructors.computeIfAbsent(signature, AccessibleConstructorObjectFactory::lookUp);
        try {
            return type.cast(constructor.newInstance(arguments == null ? new Object[0] : arguments.toArray()));
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException
                 | IllegalArgumentException e) {
            throw new ReflectionException("cannot create " + type.getName() + " from " + arguments, e);
        }
    }

    private static Constructor<?> lookUp(Signature signature) {
        try {
            var constructor = signature.type()
                    .getDeclaredConstructor(signature.parameterTypes().toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor;
        } catch (NoSuchMethodException e) {
            throw new ReflectionException("no constructor " + signature, e);
        }
    }
}
