/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conditional Edge Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.ConditionalEdgeStyle#getStyle <em>Style</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getConditionalEdgeStyle()
 * @model
 * @generated
 */
public interface ConditionalEdgeStyle extends ConditionalStyle {
	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(EdgeStyle)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getConditionalEdgeStyle_Style()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EdgeStyle getStyle();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.ConditionalEdgeStyle#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(EdgeStyle value);

} // ConditionalEdgeStyle
