package dev.sparkconnect.client.internal.upload;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes a class file refers to, read from its constant pool: class entries, and every type
 * named in a field or method descriptor or a generic signature. No class is loaded.
 */
final class ClassFiles {

  private static final Pattern DESCRIBED = Pattern.compile("L([A-Za-z_$][\\w/$]*)[;<]");

  private ClassFiles() {}

  /** The binary names ({@code com.acme.Udf$1}) of the classes {@code classFile} refers to. */
  static Set<String> referencedClasses(byte[] classFile) {
    return read(classFile, false);
  }

  /** The binary names of {@code classFile}'s superclass and interfaces: what loading it needs. */
  static Set<String> supertypes(byte[] classFile) {
    return read(classFile, true);
  }

  private static Set<String> read(byte[] classFile, boolean supertypesOnly) {
    Set<String> names = new LinkedHashSet<>();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
      if (in.readInt() != 0xCAFEBABE) {
        throw new IllegalArgumentException("not a class file");
      }
      in.readUnsignedShort();
      in.readUnsignedShort();
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      int[] classNameIndexes = new int[count];
      int classes = 0;
      java.util.Map<Integer, Integer> classEntries = new java.util.HashMap<>();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 7 -> {
            classNameIndexes[classes] = in.readUnsignedShort();
            classEntries.put(i, classNameIndexes[classes++]);
          }
          case 8, 16, 19, 20 -> in.readUnsignedShort();
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
          case 15 -> {
            in.readUnsignedByte();
            in.readUnsignedShort();
          }
          case 5, 6 -> {
            in.readLong();
            i++;
          }
          default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
        }
      }
      if (supertypesOnly) {
        in.readUnsignedShort();
        in.readUnsignedShort();
        int superIndex = in.readUnsignedShort();
        int interfaces = in.readUnsignedShort();
        int[] wanted = new int[interfaces + 1];
        wanted[0] = superIndex;
        for (int i = 0; i < interfaces; i++) {
          wanted[i + 1] = in.readUnsignedShort();
        }
        for (int index : wanted) {
          if (index > 0 && classEntries.containsKey(index)) {
            names.add(utf8[classEntries.get(index)].replace('/', '.'));
          }
        }
        return names;
      }
      for (int c = 0; c < classes; c++) {
        String name = utf8[classNameIndexes[c]];
        if (name != null && !name.startsWith("[")) {
          names.add(name.replace('/', '.'));
        } else if (name != null) {
          addDescribed(name, names);
        }
      }
      for (String text : utf8) {
        if (text != null && (text.startsWith("(") || text.startsWith("L") || text.startsWith("[")
            || text.startsWith("<"))) {
          addDescribed(text, names);
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read a class file: " + e.getMessage(), e);
    }
    return names;
  }

  private static void addDescribed(String descriptor, Set<String> names) {
    Matcher m = DESCRIBED.matcher(descriptor);
    while (m.find()) {
      names.add(m.group(1).replace('/', '.'));
    }
  }
}
