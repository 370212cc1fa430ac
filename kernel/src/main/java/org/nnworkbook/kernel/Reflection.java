package org.nnworkbook.kernel;

/** Class-name checks across class loaders: the kernel cannot see the notebooks' classes directly. */
final class Reflection {
    private Reflection() {}

    /** True if {@code o}'s class, a superclass or an implemented interface has the given name. */
    static boolean isA(Object o, String className) {
        return o != null && isA(o.getClass(), className);
    }

    private static boolean isA(Class<?> type, String className) {
        if (type == null) {
            return false;
        }
        if (type.getName().equals(className)) {
            return true;
        }
        for (Class<?> implemented : type.getInterfaces()) {
            if (isA(implemented, className)) {
                return true;
            }
        }
        return isA(type.getSuperclass(), className);
    }
}
