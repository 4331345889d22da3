package dev.sparkconnect.client.internal.encoders;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.List;

/**
 * A Java bean as a struct: its readable properties, in name order as Spark's bean encoder has
 * them. Decoding calls the public no-argument constructor and the setters; a property with no
 * setter is left as the constructor set it.
 */
final class BeanCodec<T> extends StructCodec<T> {

  private final MethodHandle constructor;
  private final MethodHandle[] getters;
  private final MethodHandle[] setters;
  private final List<String> getterNames;
  private final List<String> setterNames;

  BeanCodec(Class<T> type, List<String> names, List<Codec<?>> fields, List<Method> getters, List<Method> setters) {
    super(type, names, fields, true);
    this.constructor = Handles.noArgumentConstructor(type);
    this.getters = new MethodHandle[getters.size()];
    this.setters = new MethodHandle[setters.size()];
    this.getterNames = getters.stream().map(Method::getName).toList();
    this.setterNames = setters.stream().map(m -> m == null ? null : m.getName()).toList();
    for (int i = 0; i < getters.size(); i++) {
      this.getters[i] = Handles.of(getters.get(i), MethodType.methodType(Object.class, Object.class));
      this.setters[i] = setters.get(i) == null ? null
          : Handles.of(setters.get(i), MethodType.methodType(void.class, Object.class, Object.class));
    }
  }

  @Override
  Object field(T value, int index) {
    try {
      return (Object) getters[index].invokeExact((Object) value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  T construct(Object[] values) {
    if (constructor == null) {
      throw new IllegalStateException("The bean " + javaType().getName() + " has no public constructor without "
          + "arguments, so rows cannot be read into it; add one");
    }
    try {
      Object bean = (Object) constructor.invokeExact();
      for (int i = 0; i < values.length; i++) {
        if (setters[i] != null) {
          setters[i].invokeExact(bean, values[i]);
        }
      }
      return (T) bean;
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** The name of field {@code index}'s getter. */
  String getterName(int index) {
    return getterNames.get(index);
  }

  /** The name of field {@code index}'s setter, or null. */
  String setterName(int index) {
    return setterNames.get(index);
  }

  @Override
  String kind() {
    return "the bean " + javaType().getSimpleName();
  }

  /** Method handles found once per class, made callable with Objects. */
  static final class Handles {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private Handles() {}

    static MethodHandle of(Method method, MethodType type) {
      try {
        method.setAccessible(true);
        return LOOKUP.unreflect(method).asType(type);
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new IllegalArgumentException("Cannot call " + method + ": " + e.getMessage(), e);
      }
    }

    static MethodHandle noArgumentConstructor(Class<?> type) {
      try {
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return LOOKUP.unreflectConstructor(constructor).asType(MethodType.methodType(Object.class));
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }
  }
}
