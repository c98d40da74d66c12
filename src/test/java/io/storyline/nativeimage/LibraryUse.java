package io.storyline.nativeimage;

import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What code looked up by name while it ran: the call sites {@link CallSiteRewriter} rewrites call
 * these methods, with the call's arguments, just before the original call. On the JVM such lookups
 * just work; a native image answers only those registered or included at build time, which is how
 * ICU's break-iterator factory and data went missing unnoticed. Hooks never throw: the original
 * call that follows reports bad arguments as it always does.
 */
public final class LibraryUse {
  /**
   * One thing looked up by name.
   *
   * @param kind {@code resource}, {@code type}, {@code constructor}, {@code method}, {@code field},
   *     {@code methods}/{@code fields}/{@code constructors}/{@code classes} (all of a type's),
   *     {@code service}, {@code bundle} or {@code proxy}
   * @param target resource path, binary type name (for a member: of the type that declares it),
   *     service interface or bundle name
   * @param member a method's name and parameter types as {@code name(a.B,c.D)}, a constructor's
   *     parameter types, a field's name, or empty
   * @param caller binary name of the class whose code made the call
   */
  public record Use(String kind, String target, String member, String caller) {}

  private static final Set<Use> USES = ConcurrentHashMap.newKeySet();

  private LibraryUse() {}

  /** Everything recorded since the last call, and forgets it. */
  public static List<Use> drain() {
    List<Use> uses = List.copyOf(USES);
    USES.removeAll(uses);
    return uses;
  }

  /** A type by name, found or not: the reader drops names its loader cannot resolve. */
  public static void type(String name, String caller) {
    record("type", name, "", caller);
  }

  public static void noArgConstructor(Class<?> type, String caller) {
    constructor(type, new Class<?>[0], caller);
  }

  public static void constructor(Class<?> type, Class<?>[] parameters, String caller) {
    Class<?>[] types = parameters == null ? new Class<?>[0] : parameters;
    if (type != null && hasConstructor(type, types)) {
      record("constructor", name(type), parameters(types), caller);
    }
  }

  public static void constructorOfType(Class<?> type, MethodType signature, String caller) {
    if (signature != null) {
      constructor(type, signature.parameterArray(), caller);
    }
  }

  /** A method by name and parameter types, recorded on the class that declares it. */
  public static void method(Class<?> type, String name, Class<?>[] parameters, String caller) {
    if (type == null || name == null) {
      return;
    }
    Class<?>[] types = parameters == null ? new Class<?>[0] : parameters;
    Method method;
    try {
      method = type.getMethod(name, types);
    } catch (NoSuchMethodException notPublic) {
      try {
        method = type.getDeclaredMethod(name, types);
      } catch (NoSuchMethodException missing) {
        return; // fails on the JVM too
      }
    }
    record(
        "method",
        name(method.getDeclaringClass()),
        name + parameters(method.getParameterTypes()),
        caller);
  }

  public static void methodHandle(Class<?> type, String name, MethodType signature, String caller) {
    if (signature != null) {
      method(type, name, signature.parameterArray(), caller);
    }
  }

  /** A field by name, recorded on the class that declares it. */
  public static void field(Class<?> type, String name, String caller) {
    if (type == null || name == null) {
      return;
    }
    Field field;
    try {
      field = type.getField(name);
    } catch (NoSuchFieldException notPublic) {
      try {
        field = type.getDeclaredField(name);
      } catch (NoSuchFieldException missing) {
        return;
      }
    }
    record("field", name(field.getDeclaringClass()), name, caller);
  }

  public static void allClasses(Class<?> type, String caller) {
    record("classes", name(type), "", caller);
  }

  public static void allMethods(Class<?> type, String caller) {
    record("methods", name(type), "", caller);
  }

  public static void allFields(Class<?> type, String caller) {
    record("fields", name(type), "", caller);
  }

  public static void allConstructors(Class<?> type, String caller) {
    record("constructors", name(type), "", caller);
  }

  /** {@code Class.getResource(name)}: relative to the class's package unless it starts with /. */
  public static void classResource(Class<?> anchor, String name, String caller) {
    if (anchor == null || name == null) {
      return;
    }
    String path;
    if (name.startsWith("/")) {
      path = name.substring(1);
    } else {
      String pkg = anchor.getPackageName();
      path = pkg.isEmpty() ? name : pkg.replace('.', '/') + "/" + name;
    }
    if (found(anchor.getResource(name))) {
      record("resource", path, "", caller);
    }
  }

  public static void loaderResource(ClassLoader loader, String name, String caller) {
    if (loader != null && name != null && found(loader.getResource(name))) {
      record("resource", name, "", caller);
    }
  }

  public static void systemResource(String name, String caller) {
    loaderResource(ClassLoader.getSystemClassLoader(), name, caller);
  }

  public static void service(Class<?> service, String caller) {
    record("service", name(service), "", caller);
  }

  public static void bundle(String name, String caller) {
    record("bundle", name, "", caller);
  }

  public static void proxy(Class<?>[] interfaces, String caller) {
    record("proxy", interfaces == null ? null : parameters(interfaces), "", caller);
  }

  /** Only what exists on the JVM matters: a lookup that fails here fails in a native image too. */
  private static boolean found(URL url) {
    return url != null;
  }

  private static boolean hasConstructor(Class<?> type, Class<?>[] parameters) {
    try {
      type.getDeclaredConstructor(parameters);
      return true;
    } catch (NoSuchMethodException missing) {
      return false;
    }
  }

  private static void record(String kind, String target, String member, String caller) {
    if (target != null && member != null) {
      USES.add(new Use(kind, target, member, caller));
    }
  }

  private static String name(Class<?> type) {
    return type == null ? null : type.getName();
  }

  private static String parameters(Class<?>[] types) {
    return Arrays.stream(types == null ? new Class<?>[0] : types)
        .map(t -> t == null ? "null" : t.getTypeName())
        .collect(Collectors.joining(",", "(", ")"));
  }
}
