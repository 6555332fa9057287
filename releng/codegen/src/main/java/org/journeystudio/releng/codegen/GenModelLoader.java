package org.journeystudio.releng.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Loads the .genmodel and brings it in line with its .ecore, as Eclipse's "Reload" does: a fresh
 * GenModel is initialised from the Ecore packages and takes over the stored settings, so classes
 * and features added to the .ecore get generator settings too. When that changes the .genmodel,
 * the file is rewritten.
 */
final class GenModelLoader {

  private static final Map<String, Object> SAVE_OPTIONS =
      Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 80);

  GenModel load(Path file) {
    Resource resource = newResourceSet().getResource(URI.createFileURI(file.toString()), true);
    GenModel stored = (GenModel) resource.getContents().get(0);
    List<EPackage> ePackages = new ArrayList<>();
    for (GenPackage genPackage : stored.getGenPackages()) {
      EPackage ePackage = genPackage.getEcorePackage();
      check("invalid metamodel " + ePackage.getName(), Diagnostician.INSTANCE.validate(ePackage));
      ePackages.add(ePackage);
    }
    GenModel genModel = reload(stored, ePackages);
    resource.getContents().set(0, genModel);
    saveIfChanged(resource, file);
    check("invalid genmodel", genModel.diagnose());
    genModel.setCanGenerate(true);
    // Fixed so that the output is the same on every platform.
    genModel.setLineDelimiter("\n");
    return genModel;
  }

  private static GenModel reload(GenModel stored, List<EPackage> ePackages) {
    GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
    genModel.initialize(ePackages);
    genModel.getForeignModel().addAll(stored.getForeignModel());
    genModel.setImporterID(stored.getImporterID());
    if (!genModel.reconcile(stored)) {
      throw new IllegalStateException("cannot reconcile the genmodel with its ecore");
    }
    return genModel;
  }

  private static void saveIfChanged(Resource resource, Path file) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      resource.save(bytes, SAVE_OPTIONS);
      if (!Arrays.equals(bytes.toByteArray(), Files.readAllBytes(file))) {
        Files.write(file, bytes.toByteArray());
        System.out.println("updated " + file.getFileName() + " to match its ecore");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ResourceSet newResourceSet() {
    ResourceSet resourceSet = new ResourceSetImpl();
    Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
    factories.put("ecore", new EcoreResourceFactoryImpl());
    factories.put("genmodel", new XMIResourceFactoryImpl());
    resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    return resourceSet;
  }

  private static void check(String what, Diagnostic diagnostic) {
    if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
      throw new IllegalStateException(what + ": " + describe(diagnostic));
    }
  }

  static String describe(Diagnostic diagnostic) {
    StringBuilder text = new StringBuilder(String.valueOf(diagnostic.getMessage()));
    for (Diagnostic child : diagnostic.getChildren()) {
      if (child.getSeverity() >= Diagnostic.WARNING) {
        text.append(System.lineSeparator()).append("  ").append(describe(child));
      }
    }
    return text.toString();
  }
}
