package org.journeystudio.releng.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * Regenerates the EMF code of the journey metamodel and of the viewpoint models without an IDE.
 *
 * <p>Why this exists: EMF code generation normally happens through "Generate Model Code" in an
 * Eclipse workspace. This entry point runs the same generator on a plain JVM, so anyone (and CI)
 * can rebuild {@code src-gen/} from {@code model/journey.genmodel} with one command
 * ({@code releng/scripts/generate-model.sh}) and get byte-identical output.
 *
 * <p>The generator writes into a scratch copy of the two projects, and only what generation owns
 * is brought back: {@code src-gen/} (mirrored, so stale files disappear), new edit icons and the
 * edit {@code plugin.properties}. Hand-maintained files such as MANIFEST.MF, plugin.xml and
 * build.properties are therefore never written.
 */
public final class GenerateModel {

  private static final String MODEL_PROJECT = "org.journeystudio.model";
  private static final String EDIT_PROJECT = "org.journeystudio.model.edit";
  private static final String GENMODEL = "model/journey.genmodel";
  private static final String VIEWPOINT_PROJECT = "org.journeystudio.viewpoint";
  private static final String VIEWPOINT_GENMODEL = "model/viewpoint.genmodel";
  private static final String SRC_GEN = "src-gen";
  private static final String ICONS = "icons";
  private static final String PLUGIN_PROPERTIES = "plugin.properties";

  private final Path bundles;
  private final Path staging;

  private GenerateModel(Path bundles, Path staging) {
    this.bundles = bundles;
    this.staging = staging;
  }

  /** @param args optional repository root; defaults to the working directory */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    Path bundles = root.resolve("bundles");
    if (!Files.isRegularFile(bundles.resolve(MODEL_PROJECT).resolve(GENMODEL))) {
      System.err.println("generate-model: no " + GENMODEL + " under " + bundles.resolve(MODEL_PROJECT));
      System.exit(2);
    }
    Path staging = Files.createTempDirectory("journey-codegen");
    boolean failed = false;
    try {
      new GenerateModel(bundles, staging).run();
    } catch (IllegalStateException e) {
      System.err.println("generate-model: " + e.getMessage());
      failed = true;
    } finally {
      OutputSync.deleteTree(staging);
    }
    if (failed) {
      System.exit(1);
    }
  }

  private void run() {
    OutputSync sync = new OutputSync(bundles, staging);
    // Seeded so that EMF merges into the existing properties and keeps hand-tuned icons.
    sync.seed(EDIT_PROJECT, PLUGIN_PROPERTIES);
    sync.seed(EDIT_PROJECT, ICONS);
    mapProject(MODEL_PROJECT);
    mapProject(EDIT_PROJECT);
    mapProject(VIEWPOINT_PROJECT);
    // Outside Eclipse no extension registry contributes the GenModel templates, so register them.
    GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(
        GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);

    GenModel genModel = new GenModelLoader().load(bundles.resolve(MODEL_PROJECT).resolve(GENMODEL));
    generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE);
    generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE);
    // The viewpoint specification and representation models have model code only: their editors are
    // the diagram and table editors, not generated tree editors.
    GenModel viewpoint = new GenModelLoader().load(bundles.resolve(VIEWPOINT_PROJECT).resolve(VIEWPOINT_GENMODEL));
    generate(viewpoint, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE);

    report(MODEL_PROJECT, SRC_GEN, sync.mirror(MODEL_PROJECT, SRC_GEN));
    report(EDIT_PROJECT, SRC_GEN, sync.mirror(EDIT_PROJECT, SRC_GEN));
    report(VIEWPOINT_PROJECT, SRC_GEN, sync.mirror(VIEWPOINT_PROJECT, SRC_GEN));
    report(EDIT_PROJECT, ICONS, sync.update(EDIT_PROJECT, ICONS));
    report(EDIT_PROJECT, PLUGIN_PROPERTIES, sync.update(EDIT_PROJECT, PLUGIN_PROPERTIES));
  }

  /** Points platform:/resource/&lt;project&gt; at the project's scratch copy. */
  private void mapProject(String project) {
    Path dir = staging.resolve(project);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    EcorePlugin.getPlatformResourceMap().put(project, URI.createFileURI(dir + "/"));
  }

  private static void generate(GenModel genModel, String projectType) {
    Generator generator = new Generator();
    generator.setInput(genModel);
    Diagnostic diagnostic = generator.generate(genModel, projectType, new BasicMonitor());
    if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
      throw new IllegalStateException("generation failed: " + GenModelLoader.describe(diagnostic));
    }
  }

  private static void report(String project, String path, OutputSync.Stats stats) {
    System.out.printf("%s/%s: %d written, %d deleted, %d unchanged%n",
        project, path, stats.written(), stats.deleted(), stats.unchanged());
  }
}
