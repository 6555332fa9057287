/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Viewpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A coherent set of representations over one kind of semantic model.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.Viewpoint#getModelFileExtension <em>Model File Extension</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.Viewpoint#getServices <em>Services</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.Viewpoint#getRepresentations <em>Representations</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.Viewpoint#getValidationRules <em>Validation Rules</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getViewpoint()
 * @model
 * @generated
 */
public interface Viewpoint extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Model File Extension</b></em>' attribute.
	 * The default value is <code>"journey"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The extension of the semantic files this viewpoint applies to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model File Extension</em>' attribute.
	 * @see #setModelFileExtension(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getViewpoint_ModelFileExtension()
	 * @model default="journey"
	 * @generated
	 */
	String getModelFileExtension();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.Viewpoint#getModelFileExtension <em>Model File Extension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model File Extension</em>' attribute.
	 * @see #getModelFileExtension()
	 * @generated
	 */
	void setModelFileExtension(String value);

	/**
	 * Returns the value of the '<em><b>Services</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Java service namespaces its expressions call (e.g. journey); checked when the specification is loaded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Services</em>' attribute list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getViewpoint_Services()
	 * @model
	 * @generated
	 */
	EList<String> getServices();

	/**
	 * Returns the value of the '<em><b>Representations</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.RepresentationDescription}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Representations</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getViewpoint_Representations()
	 * @model containment="true"
	 * @generated
	 */
	EList<RepresentationDescription> getRepresentations();

	/**
	 * Returns the value of the '<em><b>Validation Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.ValidationRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rules of the specification's author, run beside the language's JM rules on the maps that use this viewpoint.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Validation Rules</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getViewpoint_ValidationRules()
	 * @model containment="true"
	 * @generated
	 */
	EList<ValidationRule> getValidationRules();

} // Viewpoint
