package dev.neuronecs.aws;

import dev.neuronecs.NeuronEcsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The AWS config and credentials files, found the way the AWS CLI finds them, but through the
 * environment map of {@link AwsSettings} (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, HOME), so a
 * test can point them at empty files and never read the developer's own.
 */
final class Profiles {
  private final ProfileFile file;
  private final String name;
  private final List<Path> paths;

  private Profiles(ProfileFile file, String name, List<Path> paths) {
    this.file = file;
    this.name = name;
    this.paths = paths;
  }

  static Profiles load(AwsSettings settings) {
    String home = settings.env("HOME") != null ? settings.env("HOME") : System.getProperty("user.home");
    Path config = path(settings.env("AWS_CONFIG_FILE"), home, ".aws/config");
    Path credentials = path(settings.env("AWS_SHARED_CREDENTIALS_FILE"), home, ".aws/credentials");
    ProfileFile.Aggregator all = ProfileFile.aggregator();
    List<Path> read = new ArrayList<>();
    add(all, config, ProfileFile.Type.CONFIGURATION, read);
    add(all, credentials, ProfileFile.Type.CREDENTIALS, read);
    ProfileFile file = all.build();
    String explicit = settings.explicitProfile();
    if (explicit != null && file.profile(explicit).isEmpty()) {
      throw NeuronEcsException.usage(
          "AWS profile '" + explicit + "' is not in " + describe(config, credentials)
              + "; list the profiles with 'aws configure list-profiles' or set one up with 'aws configure --profile "
              + explicit + "'");
    }
    return new Profiles(file, explicit != null ? explicit : "default", List.copyOf(read));
  }

  ProfileFile file() {
    return file;
  }

  /** The profile in use: --profile, AWS_PROFILE or "default". */
  String name() {
    return name;
  }

  /** The profile's {@code region}, if it has one. */
  Optional<String> region() {
    return file.profile(name).flatMap(p -> p.property("region")).map(String::trim).filter(r -> !r.isEmpty());
  }

  /** Which files were read, for --verbose. */
  List<Path> paths() {
    return paths;
  }

  private static Path path(String fromEnv, String home, String underHome) {
    if (fromEnv != null) {
      return Path.of(fromEnv.startsWith("~/") ? home + fromEnv.substring(1) : fromEnv);
    }
    return Path.of(home).resolve(underHome);
  }

  private static void add(ProfileFile.Aggregator all, Path path, ProfileFile.Type type, List<Path> read) {
    if (!Files.isRegularFile(path)) {
      return;
    }
    try {
      all.addFile(ProfileFile.builder().content(path).type(type).build());
      read.add(path);
    } catch (RuntimeException e) {
      throw NeuronEcsException.usage("cannot read the AWS " + type.name().toLowerCase(java.util.Locale.ROOT)
          + " file " + path + ": " + e.getMessage() + "; fix it or point "
          + (type == ProfileFile.Type.CONFIGURATION ? "AWS_CONFIG_FILE" : "AWS_SHARED_CREDENTIALS_FILE")
          + " at another file", e);
    }
  }

  private static String describe(Path config, Path credentials) {
    return config + " or " + credentials;
  }
}
