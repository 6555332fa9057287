/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element Column Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A mapping to the columns of a cross table.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.ElementColumnMapping#getHeaderLabelExpression <em>Header Label Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.ElementColumnMapping#getWidth <em>Width</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getElementColumnMapping()
 * @model
 * @generated
 */
public interface ElementColumnMapping extends RepresentationElementMapping {
	/**
	 * Returns the value of the '<em><b>Header Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). The column header; self is the column element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Header Label Expression</em>' attribute.
	 * @see #setHeaderLabelExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getElementColumnMapping_HeaderLabelExpression()
	 * @model
	 * @generated
	 */
	String getHeaderLabelExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.ElementColumnMapping#getHeaderLabelExpression <em>Header Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Header Label Expression</em>' attribute.
	 * @see #getHeaderLabelExpression()
	 * @generated
	 */
	void setHeaderLabelExpression(String value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * The default value is <code>"90"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getElementColumnMapping_Width()
	 * @model default="90"
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.ElementColumnMapping#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

} // ElementColumnMapping
