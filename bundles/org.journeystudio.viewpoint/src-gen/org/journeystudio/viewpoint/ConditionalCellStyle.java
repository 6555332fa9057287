/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conditional Cell Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.ConditionalCellStyle#getStyle <em>Style</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getConditionalCellStyle()
 * @model
 * @generated
 */
public interface ConditionalCellStyle extends ConditionalStyle {
	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(CellStyle)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getConditionalCellStyle_Style()
	 * @model containment="true" required="true"
	 * @generated
	 */
	CellStyle getStyle();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.ConditionalCellStyle#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(CellStyle value);

} // ConditionalCellStyle
