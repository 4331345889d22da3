package dev.sparkconnect.client.internal.encoders;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * A Java record as a struct: its components in declaration order, bound to columns by name, read
 * through the canonical constructor.
 */
final class RecordCodec<T> extends StructCodec<T> {

  private final MethodHandle constructor;
  private final MethodHandle[] accessors;

  RecordCodec(Class<T> type, List<String> names, List<Codec<?>> fields) {
    super(type, names, fields, true);
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] parameters = new Class<?>[components.length];
    this.accessors = new MethodHandle[components.length];
    for (int i = 0; i < components.length; i++) {
      parameters[i] = components[i].getType();
      Method accessor = components[i].getAccessor();
      accessors[i] = BeanCodec.Handles.of(accessor, MethodType.methodType(Object.class, Object.class));
    }
    try {
      Constructor<T> canonical = type.getDeclaredConstructor(parameters);
      canonical.setAccessible(true);
      this.constructor = java.lang.invoke.MethodHandles.lookup().unreflectConstructor(canonical)
          .asSpreader(Object[].class, parameters.length)
          .asType(MethodType.methodType(Object.class, Object[].class));
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalArgumentException("Cannot call the constructor of the record " + type.getName() + ": "
          + e.getMessage(), e);
    }
  }

  @Override
  Object field(T value, int index) {
    try {
      return (Object) accessors[index].invokeExact((Object) value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  T construct(Object[] values) {
    try {
      return (T) (Object) constructor.invokeExact(values);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  String kind() {
    return "the record " + javaType().getSimpleName();
  }
}
