/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.representation;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>File</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a .journeyrep file, which sits beside its .journey file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.representation.RepresentationFile#getRepresentations <em>Representations</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.RepresentationFile#getViewpoints <em>Viewpoints</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getRepresentationFile()
 * @model
 * @generated
 */
public interface RepresentationFile extends EObject {
	/**
	 * Returns the value of the '<em><b>Representations</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.representation.Representation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Representations</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getRepresentationFile_Representations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Representation> getRepresentations();

	/**
	 * Returns the value of the '<em><b>Viewpoints</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The names of the viewpoints the map uses (its Viewpoints Selection); when empty, the built-in journey viewpoint.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Viewpoints</em>' attribute list.
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getRepresentationFile_Viewpoints()
	 * @model
	 * @generated
	 */
	EList<String> getViewpoints();

} // RepresentationFile
