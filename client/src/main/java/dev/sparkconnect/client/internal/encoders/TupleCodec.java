package dev.sparkconnect.client.internal.encoders;

import dev.sparkconnect.client.tuples.Tuple2;
import dev.sparkconnect.client.tuples.Tuple3;
import dev.sparkconnect.client.tuples.Tuple4;
import dev.sparkconnect.client.tuples.Tuple5;
import java.util.ArrayList;
import java.util.List;

/**
 * A tuple of two to five elements as a struct of fields {@code _1}..{@code _n}, each with its own
 * codec, bound to columns by position as Spark binds tuples.
 */
final class TupleCodec<T> extends StructCodec<T> {

  private TupleCodec(Class<T> type, List<Codec<?>> elements) {
    super(type, names(elements.size()), elements, false);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static <T> TupleCodec<T> of(List<Codec<?>> elements) {
    Class<?> type = switch (elements.size()) {
      case 2 -> Tuple2.class;
      case 3 -> Tuple3.class;
      case 4 -> Tuple4.class;
      case 5 -> Tuple5.class;
      default -> throw new IllegalArgumentException("A tuple has 2 to 5 elements, not " + elements.size());
    };
    return new TupleCodec(type, elements);
  }

  private static List<String> names(int size) {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      names.add("_" + i);
    }
    return names;
  }

  @Override
  Object field(T value, int index) {
    Object tuple = value;
    return switch (index) {
      case 0 -> tuple instanceof Tuple2<?, ?> t ? t._1() : tuple instanceof Tuple3<?, ?, ?> t ? t._1()
          : tuple instanceof Tuple4<?, ?, ?, ?> t ? t._1() : ((Tuple5<?, ?, ?, ?, ?>) tuple)._1();
      case 1 -> tuple instanceof Tuple2<?, ?> t ? t._2() : tuple instanceof Tuple3<?, ?, ?> t ? t._2()
          : tuple instanceof Tuple4<?, ?, ?, ?> t ? t._2() : ((Tuple5<?, ?, ?, ?, ?>) tuple)._2();
      case 2 -> tuple instanceof Tuple3<?, ?, ?> t ? t._3() : tuple instanceof Tuple4<?, ?, ?, ?> t ? t._3()
          : ((Tuple5<?, ?, ?, ?, ?>) tuple)._3();
      case 3 -> tuple instanceof Tuple4<?, ?, ?, ?> t ? t._4() : ((Tuple5<?, ?, ?, ?, ?>) tuple)._4();
      default -> ((Tuple5<?, ?, ?, ?, ?>) tuple)._5();
    };
  }

  @Override
  @SuppressWarnings("unchecked")
  T construct(Object[] v) {
    return (T) switch (v.length) {
      case 2 -> new Tuple2<>(v[0], v[1]);
      case 3 -> new Tuple3<>(v[0], v[1], v[2]);
      case 4 -> new Tuple4<>(v[0], v[1], v[2], v[3]);
      default -> new Tuple5<>(v[0], v[1], v[2], v[3], v[4]);
    };
  }

  @Override
  String kind() {
    return javaType().getSimpleName();
  }
}
