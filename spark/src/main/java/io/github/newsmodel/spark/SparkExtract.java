package io.github.newsmodel.spark;

import io.github.newsmodel.corpus.ArticleResult;
import io.github.newsmodel.corpus.CorpusExtractor;
import io.github.newsmodel.corpus.CorpusInput;
import io.github.newsmodel.corpus.CorpusReader;
import io.github.newsmodel.corpus.InputFormat;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Parses a corpus on Apache Spark: every file of a directory (of any file system Spark reads:
 * local, HDFS, S3 ...) that {@code extract} accepts ({@code .txt}, {@code .html}, {@code .htm},
 * {@code .jsonl}, {@code .warc}, each optionally {@code .gz}) is read by one task, and each of its
 * articles becomes one {@code newsmodel/1} document, exactly as {@code extract} writes it: same
 * {@code source.id} (the input argument joined with the path below it), same order (files sorted by
 * path, records in file order; the part files, read in name order, give that order), same error
 * lines.
 *
 * <pre>
 * spark-submit --class io.github.newsmodel.spark.SparkExtract newsmodel-spark.jar \
 *     [--master URL] [--format jsonl|parquet] [--partitions N] INPUT OUTPUT
 * </pre>
 *
 * <p>{@code --master} defaults to {@code local[*]} when neither it nor {@code spark-submit} sets a
 * master. {@code jsonl} (the default) writes text part files of JSON Lines; {@code parquet} writes
 * the same documents as Parquet, with the schema Spark infers from them.
 */
public final class SparkExtract {
  private SparkExtract() {}

  /** Command-line options of the job. */
  record Options(String master, String format, int partitions, String input, String output) {}

  /**
   * Runs the job.
   *
   * @param args {@code [--master URL] [--format jsonl|parquet] [--partitions N] INPUT OUTPUT}
   */
  public static void main(String[] args) {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("newsmodel-spark: " + e.getMessage());
      System.err.println("usage: SparkExtract [--master URL] [--format jsonl|parquet] [--partitions N] INPUT OUTPUT");
      System.exit(2);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("newsmodel extract");
    if (options.master() != null) {
      builder.master(options.master());
    } else if (!new org.apache.spark.SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      run(spark, options);
    } finally {
      spark.stop();
    }
  }

  /**
   * Parses {@code options.input()} and writes the documents to {@code options.output()}, which must
   * not exist yet.
   *
   * @param spark the session
   * @param options the input, output, format and number of tasks
   */
  static void run(SparkSession spark, Options options) {
    Dataset<String> lines = extract(spark, options.input(), options.partitions());
    if (options.format().equals("parquet")) {
      // Schema inference reads the documents once more: keep them rather than parse twice.
      Dataset<String> kept = lines.persist(StorageLevel.MEMORY_AND_DISK());
      spark.read().json(kept).write().parquet(options.output());
      kept.unpersist();
    } else {
      lines.write().text(options.output());
    }
  }

  static Options parse(String[] args) {
    String master = null;
    String format = "jsonl";
    int partitions = 0;
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--master" -> master = value(args, ++i, arg);
        case "--format" -> format = value(args, ++i, arg);
        case "--partitions" -> {
          try {
            partitions = Integer.parseInt(value(args, ++i, arg));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--partitions needs a number");
          }
        }
        default -> positional.add(arg);
      }
    }
    if (!format.equals("jsonl") && !format.equals("parquet")) {
      throw new IllegalArgumentException("--format is jsonl or parquet, not " + format);
    }
    if (positional.size() != 2) {
      throw new IllegalArgumentException("expected INPUT and OUTPUT");
    }
    return new Options(master, format, partitions, positional.get(0), positional.get(1));
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  /**
   * Parses every accepted file under {@code input} into JSON Lines, in {@code extract}'s order.
   *
   * @param spark the session
   * @param input a directory or file, as a path or URI that Spark's file systems read
   * @param partitions the number of tasks (0: Spark's default parallelism)
   * @return one compact JSON document per article
   */
  public static Dataset<String> extract(SparkSession spark, String input, int partitions) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<InputFile> files = listInputs(hadoop, input);
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices = partitions > 0 ? partitions : context.defaultParallelism();
    Map<String, String> settings = new LinkedHashMap<>();
    hadoop.forEach(entry -> settings.put(entry.getKey(), entry.getValue()));
    JavaRDD<String> lines = context.parallelize(files, Math.max(1, Math.min(slices, Math.max(1, files.size()))))
        .flatMap(file -> parse(file, settings));
    return spark.createDataset(lines.rdd(), Encoders.STRING());
  }

  /**
   * One file to parse: its {@code source.id} (as {@code extract} would name it), where it is, and
   * its size.
   */
  record InputFile(String id, String location, long size) implements Serializable {}

  /**
   * Lists the files under {@code input} that {@code extract} accepts, sorted by path as
   * {@code extract} walks a directory.
   */
  static List<InputFile> listInputs(Configuration hadoop, String input) {
    Path root = new Path(input);
    try {
      FileSystem fs = root.getFileSystem(hadoop);
      FileStatus status = fs.getFileStatus(root);
      if (status.isFile()) {
        return List.of(new InputFile(input, status.getPath().toString(), status.getLen()));
      }
      String rootLocation = status.getPath().toString();
      String prefix = stripTrailingSlashes(input);
      List<InputFile> files = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> listing = fs.listFiles(root, true);
      while (listing.hasNext()) {
        LocatedFileStatus file = listing.next();
        String location = file.getPath().toString();
        String relative = location.substring(Math.min(location.length(), rootLocation.length() + 1));
        if (InputFormat.ofName(file.getPath().getName()).isPresent()) {
          files.add(new InputFile(prefix + "/" + relative, location, file.getLen()));
        }
      }
      files.sort(Comparator.comparing(InputFile::id));
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + input, e);
    }
  }

  private static String stripTrailingSlashes(String path) {
    String result = path;
    while (result.length() > 1 && result.endsWith("/")) {
      result = result.substring(0, result.length() - 1);
    }
    return result;
  }

  /** Parses one file on an executor, one article after the other. */
  static Iterator<String> parse(InputFile file, Map<String, String> settings) throws IOException {
    Configuration hadoop = new Configuration(false);
    settings.forEach(hadoop::set);
    Path path = new Path(file.location());
    FileSystem fs = path.getFileSystem(hadoop);
    CorpusInput input = CorpusInput.ofNamedStream(file.id(), OptionalLong.of(file.size()), () -> fs.open(path));
    CorpusExtractor extractor = CorpusExtractor.builder().parallelism(1).build();
    CorpusReader reader = CorpusReader.builder().limits(extractor.limits()).open(List.of(input));
    Stream<String> lines = extractor.extract(reader.stream(), ArticleResult::toJson);
    return new ClosingIterator(lines);
  }

  /** Closes the stream (and so the file) when its last element has been taken. */
  private static final class ClosingIterator implements Iterator<String> {
    private final Stream<String> stream;
    private final Iterator<String> iterator;
    private boolean closed;

    ClosingIterator(Stream<String> stream) {
      this.stream = Objects.requireNonNull(stream, "stream");
      this.iterator = stream.iterator();
    }

    @Override
    public boolean hasNext() {
      if (closed) {
        return false;
      }
      boolean more = iterator.hasNext();
      if (!more) {
        closed = true;
        stream.close();
      }
      return more;
    }

    @Override
    public String next() {
      return iterator.next();
    }
  }
}
