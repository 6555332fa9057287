/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Direct Edit Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Edits a label in place. The text is split by the edit mask ({0}, {1} ...) into arg0, arg1 ...; self is the element.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.DirectEditTool#getEditMask <em>Edit Mask</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.DirectEditTool#getInputLabelExpression <em>Input Label Expression</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getDirectEditTool()
 * @model
 * @generated
 */
public interface DirectEditTool extends MappingTool {
	/**
	 * Returns the value of the '<em><b>Edit Mask</b></em>' attribute.
	 * The default value is <code>"{0}"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edit Mask</em>' attribute.
	 * @see #setEditMask(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getDirectEditTool_EditMask()
	 * @model default="{0}"
	 * @generated
	 */
	String getEditMask();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.DirectEditTool#getEditMask <em>Edit Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Edit Mask</em>' attribute.
	 * @see #getEditMask()
	 * @generated
	 */
	void setEditMask(String value);

	/**
	 * Returns the value of the '<em><b>Input Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). The text offered for editing; the label when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input Label Expression</em>' attribute.
	 * @see #setInputLabelExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getDirectEditTool_InputLabelExpression()
	 * @model
	 * @generated
	 */
	String getInputLabelExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.DirectEditTool#getInputLabelExpression <em>Input Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Label Expression</em>' attribute.
	 * @see #getInputLabelExpression()
	 * @generated
	 */
	void setInputLabelExpression(String value);

} // DirectEditTool
