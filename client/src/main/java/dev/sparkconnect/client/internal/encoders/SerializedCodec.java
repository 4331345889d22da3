package dev.sparkconnect.client.internal.encoders;

import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.client.types.DataTypes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;

/**
 * Serializable objects as BINARY, by Java serialization. Reading resolves classes with the
 * loader of the encoder's class first, then the thread's, so a value reads back in the
 * application that wrote it.
 */
final class SerializedCodec<T extends Serializable> implements Codec<T> {

  private final Class<T> type;

  SerializedCodec(Class<T> type) {
    this.type = type;
  }

  @Override
  public Class<T> javaType() {
    return type;
  }

  @Override
  public DataType dataType() {
    return DataTypes.BinaryType;
  }

  @Override
  public boolean nullable() {
    return true;
  }

  @Override
  public Object encode(T value) {
    if (value == null) {
      return null;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot serialize a " + value.getClass().getName() + ": " + e, e);
    }
    return bytes.toByteArray();
  }

  @Override
  public T decode(Object value) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof byte[] bytes)) {
      throw new IllegalStateException("Cannot read a " + value.getClass().getSimpleName() + " as a serialized "
          + type.getSimpleName() + ": the column is not binary");
    }
    try (ObjectInputStream in = new LoaderAwareInput(new ByteArrayInputStream(bytes), type.getClassLoader())) {
      return type.cast(in.readObject());
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      throw new IllegalStateException("Cannot read the bytes of a serialized " + type.getSimpleName() + ": " + e, e);
    }
  }

  /** An object input resolving classes with a given loader first. */
  private static final class LoaderAwareInput extends ObjectInputStream {
    private final ClassLoader loader;

    LoaderAwareInput(InputStream in, ClassLoader loader) throws IOException {
      super(in);
      this.loader = loader;
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
      try {
        return Class.forName(description.getName(), false, loader);
      } catch (ClassNotFoundException notThere) {
        return super.resolveClass(description);
      }
    }
  }
}
