/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Line Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A mapping to table lines; sub-lines nest under a line.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.LineMapping#getHeaderLabelExpression <em>Header Label Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.LineMapping#getSubLines <em>Sub Lines</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.LineMapping#getStyle <em>Style</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.LineMapping#getConditionalStyles <em>Conditional Styles</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getLineMapping()
 * @model
 * @generated
 */
public interface LineMapping extends RepresentationElementMapping {
	/**
	 * Returns the value of the '<em><b>Header Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). The line header; self is the line element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Header Label Expression</em>' attribute.
	 * @see #setHeaderLabelExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getLineMapping_HeaderLabelExpression()
	 * @model
	 * @generated
	 */
	String getHeaderLabelExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.LineMapping#getHeaderLabelExpression <em>Header Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Header Label Expression</em>' attribute.
	 * @see #getHeaderLabelExpression()
	 * @generated
	 */
	void setHeaderLabelExpression(String value);

	/**
	 * Returns the value of the '<em><b>Sub Lines</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.LineMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Lines</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getLineMapping_SubLines()
	 * @model containment="true"
	 * @generated
	 */
	EList<LineMapping> getSubLines();

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(CellStyle)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getLineMapping_Style()
	 * @model containment="true"
	 * @generated
	 */
	CellStyle getStyle();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.LineMapping#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(CellStyle value);

	/**
	 * Returns the value of the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.ConditionalCellStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditional Styles</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getLineMapping_ConditionalStyles()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConditionalCellStyle> getConditionalStyles();

} // LineMapping
