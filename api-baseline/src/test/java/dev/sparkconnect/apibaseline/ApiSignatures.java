package dev.sparkconnect.apibaseline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of one module as sorted text lines, read by reflection from its classes (nothing
 * is initialised). Each public or protected type outside an {@code internal} package gives a line
 * for itself and one per public or protected member; a public type inside an {@code internal}
 * package gives one line only ({@code internal public class ...}), so that plumbing made public
 * shows in review too.
 */
final class ApiSignatures {

  private ApiSignatures() {}

  /** The API lines of the module whose classes include {@code anchor}. */
  static List<String> of(Class<?> anchor) {
    TreeSet<String> lines = new TreeSet<>();
    for (String name : classNames(anchor)) {
      Class<?> type;
      try {
        type = Class.forName(name, false, anchor.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalStateException("cannot load " + name + " to read its API: " + e, e);
      }
      if (!visible(type)) {
        continue;
      }
      if (type.getPackageName().contains(".internal")) {
        lines.add("internal " + typeLine(type));
        continue;
      }
      lines.add(typeLine(type));
      for (Field field : type.getDeclaredFields()) {
        if (visible(field.getModifiers()) && !field.isSynthetic()) {
          lines.add(type.getName() + " " + modifiers(field.getModifiers()) + field.getGenericType().getTypeName()
              + " " + field.getName());
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
          lines.add(type.getName() + " " + modifiers(constructor.getModifiers()) + typeParameters(constructor)
              + "<init>" + parameters(constructor) + exceptions(constructor));
        }
      }
      for (Method method : type.getDeclaredMethods()) {
        if (visible(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
          lines.add(type.getName() + " " + modifiers(method.getModifiers()) + (method.isDefault() ? "default " : "")
              + typeParameters(method) + method.getGenericReturnType().getTypeName() + " " + method.getName()
              + parameters(method) + exceptions(method));
        }
      }
    }
    return new ArrayList<>(lines);
  }

  private static boolean visible(Class<?> type) {
    if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
      return false;
    }
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!visible(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String typeLine(Class<?> type) {
    String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum"
        : type.isRecord() ? "record" : "class";
    int modifiers = type.getModifiers() & ~(Modifier.INTERFACE | Modifier.ABSTRACT * (type.isInterface() ? 1 : 0));
    if (type.isEnum() || type.isRecord()) {
      modifiers &= ~(Modifier.FINAL | Modifier.STATIC);
    }
    StringBuilder line = new StringBuilder(modifiers(modifiers)).append(kind).append(' ').append(type.getName());
    TypeVariable<?>[] variables = type.getTypeParameters();
    if (variables.length > 0) {
      line.append(Arrays.stream(variables).map(ApiSignatures::variable).collect(Collectors.joining(", ", "<", ">")));
    }
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      line.append(" extends ").append(superclass.getTypeName());
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0) {
      line.append(type.isInterface() ? " extends " : " implements ").append(
          Arrays.stream(interfaces).map(Type::getTypeName).collect(Collectors.joining(", ")));
    }
    return line.toString();
  }

  private static String modifiers(int modifiers) {
    String text = Modifier.toString(modifiers & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC
        | Modifier.FINAL | Modifier.ABSTRACT));
    return text.isEmpty() ? "" : text + " ";
  }

  private static String typeParameters(Executable executable) {
    TypeVariable<?>[] variables = executable.getTypeParameters();
    return variables.length == 0 ? ""
        : Arrays.stream(variables).map(ApiSignatures::variable).collect(Collectors.joining(", ", "<", "> "));
  }

  private static String variable(TypeVariable<?> variable) {
    Type[] bounds = variable.getBounds();
    if (bounds.length == 1 && bounds[0] == Object.class) {
      return variable.getName();
    }
    return variable.getName() + " extends "
        + Arrays.stream(bounds).map(Type::getTypeName).collect(Collectors.joining(" & "));
  }

  private static String parameters(Executable executable) {
    Type[] types = executable.getGenericParameterTypes();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      String name = types[i].getTypeName();
      if (executable.isVarArgs() && i == types.length - 1 && name.endsWith("[]")) {
        name = name.substring(0, name.length() - 2) + "...";
      }
      names.add(name);
    }
    return names.stream().collect(Collectors.joining(", ", "(", ")"));
  }

  private static String exceptions(Executable executable) {
    Type[] thrown = executable.getGenericExceptionTypes();
    return thrown.length == 0 ? ""
        : " throws " + Arrays.stream(thrown).map(Type::getTypeName).sorted().collect(Collectors.joining(", "));
  }

  /** Every class in the jar or folder {@code anchor} was loaded from. */
  private static List<String> classNames(Class<?> anchor) {
    Path location;
    try {
      location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try {
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.walk(location)) {
          return files.map(location::relativize).map(Path::toString).filter(name -> name.endsWith(".class"))
              .map(name -> name.replace(location.getFileSystem().getSeparator(), "/")).map(ApiSignatures::className)
              .filter(name -> !name.endsWith("module-info") && !name.endsWith("package-info")).sorted().toList();
        }
      }
      try (JarFile jar = new JarFile(location.toFile())) {
        return jar.stream().map(entry -> entry.getName()).filter(name -> name.endsWith(".class"))
            .map(ApiSignatures::className)
            .filter(name -> !name.endsWith("module-info") && !name.endsWith("package-info")).sorted().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the classes of " + location, e);
    }
  }

  private static String className(String path) {
    return path.substring(0, path.length() - ".class".length()).replace('/', '.');
  }
}
