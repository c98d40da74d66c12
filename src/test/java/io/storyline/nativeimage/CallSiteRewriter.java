package io.storyline.nativeimage;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Rewrites a class so that every call that looks something up by name (what GraalVM's tracing agent
 * watches: {@code Class.forName}, resource lookups, reflective member lookups, method-handle
 * lookups, {@code ServiceLoader}, {@code ResourceBundle}, proxies) first tells {@link LibraryUse}
 * what it asks for. The original call stays as it was, with its arguments and its caller, so
 * caller-sensitive methods behave as before.
 */
final class CallSiteRewriter {
  private static final String HOOKS = Type.getInternalName(LibraryUse.class);

  /** A call site to watch: owner, name and descriptor as in the bytecode, and whether static. */
  private record Site(String owner, String name, String descriptor, boolean isStatic) {
    /** The values on the stack for the call: the receiver of an instance call, the arguments. */
    List<Type> values() {
      List<Type> values = new ArrayList<>();
      if (!isStatic) {
        values.add(Type.getObjectType(owner));
      }
      values.addAll(List.of(Type.getArgumentTypes(descriptor)));
      return values;
    }
  }

  /**
   * The {@link LibraryUse} method to call and which of the call's values it gets (indices into
   * {@link Site#values()}); the caller's name is passed last.
   */
  private record Hook(String method, int... values) {}

  /** Descriptors of the public static hooks of {@link LibraryUse} by name (names are unique). */
  private static final Map<String, String> HOOK_DESCRIPTORS =
      Arrays.stream(LibraryUse.class.getDeclaredMethods())
          .filter(m -> Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers()))
          .collect(Collectors.toMap(Method::getName, Type::getMethodDescriptor));

  private static final Map<Site, Hook> WATCHED = watched();

  private CallSiteRewriter() {}

  /**
   * The class file with its watched call sites reported first, or the same bytes if it has none.
   */
  static byte[] rewrite(byte[] classFile) {
    ClassNode type = new ClassNode();
    new ClassReader(classFile).accept(type, 0);
    boolean changed = false;
    for (MethodNode method : type.methods) {
      int firstFreeLocal = method.maxLocals;
      for (AbstractInsnNode instruction : method.instructions.toArray()) {
        if (instruction instanceof MethodInsnNode call) {
          Site site =
              new Site(call.owner, call.name, call.desc, call.getOpcode() == Opcodes.INVOKESTATIC);
          Hook hook = WATCHED.get(site);
          if (hook != null) {
            method.instructions.insertBefore(
                call, report(method, firstFreeLocal, site, hook, type.name));
            changed = true;
          }
        }
      }
    }
    if (!changed) {
      return classFile;
    }
    // Only straight-line code is added, so the class's stack map frames stay valid; the new locals
    // lie above every frame's and need no entry.
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    type.accept(writer);
    return writer.toByteArray();
  }

  /**
   * Moves the call's receiver and arguments into locals above the method's own, passes the ones the
   * hook wants and the caller's name to it, and puts them all back on the stack.
   */
  private static InsnList report(
      MethodNode method, int firstFreeLocal, Site site, Hook hook, String caller) {
    List<Type> values = site.values();
    int[] slots = new int[values.size()];
    int next = firstFreeLocal;
    for (int i = 0; i < values.size(); i++) {
      slots[i] = next;
      next += values.get(i).getSize();
    }
    method.maxLocals = Math.max(method.maxLocals, next);

    InsnList code = new InsnList();
    for (int i = values.size() - 1; i >= 0; i--) {
      code.add(new VarInsnNode(values.get(i).getOpcode(Opcodes.ISTORE), slots[i]));
    }
    for (int i : hook.values()) {
      code.add(new VarInsnNode(values.get(i).getOpcode(Opcodes.ILOAD), slots[i]));
    }
    code.add(new LdcInsnNode(Type.getObjectType(caller).getClassName()));
    code.add(
        new MethodInsnNode(
            Opcodes.INVOKESTATIC,
            HOOKS,
            hook.method(),
            HOOK_DESCRIPTORS.get(hook.method()),
            false));
    for (int i = 0; i < values.size(); i++) {
      code.add(new VarInsnNode(values.get(i).getOpcode(Opcodes.ILOAD), slots[i]));
    }
    return code;
  }

  private static Map<Site, Hook> watched() {
    String loader = "java/lang/ClassLoader";
    String type = "java/lang/Class";
    String lookup = "java/lang/invoke/MethodHandles$Lookup";
    String services = "java/util/ServiceLoader";
    String bundles = "java/util/ResourceBundle";
    Map<Site, Hook> sites = new HashMap<>();
    BiConsumer<Site, Hook> add =
        (site, hook) -> {
          if (sites.put(site, hook) != null) {
            throw new IllegalStateException("watched twice: " + site);
          }
          check(site, hook);
        };
    // Types by name
    add.accept(
        call(type, "forName", "(Ljava/lang/String;)Ljava/lang/Class;", true), hook("type", 0));
    add.accept(
        call(
            type, "forName", "(Ljava/lang/String;ZLjava/lang/ClassLoader;)Ljava/lang/Class;", true),
        hook("type", 0));
    add.accept(
        call(type, "forName", "(Ljava/lang/Module;Ljava/lang/String;)Ljava/lang/Class;", true),
        hook("type", 1));
    add.accept(call(loader, "loadClass", "(Ljava/lang/String;)Ljava/lang/Class;"), hook("type", 1));
    add.accept(call(lookup, "findClass", "(Ljava/lang/String;)Ljava/lang/Class;"), hook("type", 1));
    // Resources
    add.accept(
        call(type, "getResource", "(Ljava/lang/String;)Ljava/net/URL;"),
        hook("classResource", 0, 1));
    add.accept(
        call(type, "getResourceAsStream", "(Ljava/lang/String;)Ljava/io/InputStream;"),
        hook("classResource", 0, 1));
    for (String owner : List.of(loader, "java/net/URLClassLoader")) {
      add.accept(
          call(owner, "getResource", "(Ljava/lang/String;)Ljava/net/URL;"),
          hook("loaderResource", 0, 1));
      add.accept(
          call(owner, "getResourceAsStream", "(Ljava/lang/String;)Ljava/io/InputStream;"),
          hook("loaderResource", 0, 1));
      add.accept(
          call(owner, "getResources", "(Ljava/lang/String;)Ljava/util/Enumeration;"),
          hook("loaderResource", 0, 1));
    }
    add.accept(
        call(loader, "getSystemResource", "(Ljava/lang/String;)Ljava/net/URL;", true),
        hook("systemResource", 0));
    add.accept(
        call(
            loader, "getSystemResourceAsStream", "(Ljava/lang/String;)Ljava/io/InputStream;", true),
        hook("systemResource", 0));
    add.accept(
        call(loader, "getSystemResources", "(Ljava/lang/String;)Ljava/util/Enumeration;", true),
        hook("systemResource", 0));
    // Reflection
    add.accept(call(type, "newInstance", "()Ljava/lang/Object;"), hook("noArgConstructor", 0));
    for (String name : List.of("getMethod", "getDeclaredMethod")) {
      add.accept(
          call(type, name, "(Ljava/lang/String;[Ljava/lang/Class;)Ljava/lang/reflect/Method;"),
          hook("method", 0, 1, 2));
    }
    for (String name : List.of("getConstructor", "getDeclaredConstructor")) {
      add.accept(
          call(type, name, "([Ljava/lang/Class;)Ljava/lang/reflect/Constructor;"),
          hook("constructor", 0, 1));
    }
    for (String name : List.of("getField", "getDeclaredField")) {
      add.accept(
          call(type, name, "(Ljava/lang/String;)Ljava/lang/reflect/Field;"), hook("field", 0, 1));
    }
    Map<String, String> everyMember =
        Map.of(
            "Methods", "()[Ljava/lang/reflect/Method;",
            "Fields", "()[Ljava/lang/reflect/Field;",
            "Constructors", "()[Ljava/lang/reflect/Constructor;",
            "Classes", "()[Ljava/lang/Class;");
    everyMember.forEach(
        (members, descriptor) -> {
          add.accept(call(type, "get" + members, descriptor), hook("all" + members, 0));
          add.accept(call(type, "getDeclared" + members, descriptor), hook("all" + members, 0));
        });
    // Method handles
    String handle = "Ljava/lang/invoke/MethodHandle;";
    for (String name : List.of("findVirtual", "findStatic")) {
      add.accept(
          call(
              lookup,
              name,
              "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/invoke/MethodType;)" + handle),
          hook("methodHandle", 1, 2, 3));
    }
    add.accept(
        call(
            lookup,
            "findSpecial",
            "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/Class;)"
                + handle),
        hook("methodHandle", 1, 2, 3));
    add.accept(
        call(
            lookup, "findConstructor", "(Ljava/lang/Class;Ljava/lang/invoke/MethodType;)" + handle),
        hook("constructorOfType", 1, 2));
    for (String name :
        List.of("findGetter", "findSetter", "findStaticGetter", "findStaticSetter")) {
      add.accept(
          call(lookup, name, "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/Class;)" + handle),
          hook("field", 1, 2));
    }
    for (String name : List.of("findVarHandle", "findStaticVarHandle")) {
      add.accept(
          call(
              lookup,
              name,
              "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/invoke/VarHandle;"),
          hook("field", 1, 2));
    }
    // Services, bundles, proxies
    String serviceLoader = ")Ljava/util/ServiceLoader;";
    add.accept(
        call(services, "load", "(Ljava/lang/Class;" + serviceLoader, true), hook("service", 0));
    add.accept(
        call(services, "load", "(Ljava/lang/Class;Ljava/lang/ClassLoader;" + serviceLoader, true),
        hook("service", 0));
    add.accept(
        call(services, "loadInstalled", "(Ljava/lang/Class;" + serviceLoader, true),
        hook("service", 0));
    add.accept(
        call(services, "load", "(Ljava/lang/ModuleLayer;Ljava/lang/Class;" + serviceLoader, true),
        hook("service", 1));
    String locale = "Ljava/util/Locale;";
    String control = "Ljava/util/ResourceBundle$Control;";
    String module = "Ljava/lang/Module;";
    for (String rest :
        List.of(
            "",
            locale,
            locale + "Ljava/lang/ClassLoader;",
            locale + "Ljava/lang/ClassLoader;" + control,
            control,
            locale + control,
            module,
            locale + module)) {
      add.accept(
          call(
              bundles,
              "getBundle",
              "(Ljava/lang/String;" + rest + ")Ljava/util/ResourceBundle;",
              true),
          hook("bundle", 0));
    }
    add.accept(
        call(
            "java/lang/reflect/Proxy",
            "newProxyInstance",
            "(Ljava/lang/ClassLoader;[Ljava/lang/Class;Ljava/lang/reflect/InvocationHandler;)"
                + "Ljava/lang/Object;",
            true),
        hook("proxy", 1));
    return Map.copyOf(sites);
  }

  /** The hook exists and takes the chosen values (of the same kinds) and the caller's name. */
  private static void check(Site site, Hook hook) {
    String descriptor = HOOK_DESCRIPTORS.get(hook.method());
    if (descriptor == null) {
      throw new IllegalStateException("LibraryUse has no hook " + hook.method());
    }
    Type[] parameters = Type.getArgumentTypes(descriptor);
    List<Type> values = site.values();
    boolean fits = parameters.length == hook.values().length + 1;
    for (int i = 0; fits && i < hook.values().length; i++) {
      fits = parameters[i].getSort() == values.get(hook.values()[i]).getSort();
    }
    if (!fits) {
      throw new IllegalStateException(hook.method() + descriptor + " does not fit " + site);
    }
  }

  private static Site call(String owner, String name, String descriptor) {
    return new Site(owner, name, descriptor, false);
  }

  private static Site call(String owner, String name, String descriptor, boolean isStatic) {
    return new Site(owner, name, descriptor, isStatic);
  }

  private static Hook hook(String method, int... values) {
    return new Hook(method, values);
  }
}
