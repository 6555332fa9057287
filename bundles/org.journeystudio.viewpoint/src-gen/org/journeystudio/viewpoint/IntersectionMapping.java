/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Intersection Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The cells of a cross table where a line of lineMapping meets a column of columnMapping. In its expressions self is the line element and column the column element.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.IntersectionMapping#getLineMapping <em>Line Mapping</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.IntersectionMapping#getColumnMapping <em>Column Mapping</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.IntersectionMapping#getLabelExpression <em>Label Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.IntersectionMapping#getPrecondition <em>Precondition</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.IntersectionMapping#getCellEditor <em>Cell Editor</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.IntersectionMapping#getStyle <em>Style</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.IntersectionMapping#getConditionalStyles <em>Conditional Styles</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getIntersectionMapping()
 * @model
 * @generated
 */
public interface IntersectionMapping extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Line Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line Mapping</em>' reference.
	 * @see #setLineMapping(LineMapping)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getIntersectionMapping_LineMapping()
	 * @model required="true"
	 * @generated
	 */
	LineMapping getLineMapping();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.IntersectionMapping#getLineMapping <em>Line Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Mapping</em>' reference.
	 * @see #getLineMapping()
	 * @generated
	 */
	void setLineMapping(LineMapping value);

	/**
	 * Returns the value of the '<em><b>Column Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column Mapping</em>' reference.
	 * @see #setColumnMapping(ElementColumnMapping)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getIntersectionMapping_ColumnMapping()
	 * @model required="true"
	 * @generated
	 */
	ElementColumnMapping getColumnMapping();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.IntersectionMapping#getColumnMapping <em>Column Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column Mapping</em>' reference.
	 * @see #getColumnMapping()
	 * @generated
	 */
	void setColumnMapping(ElementColumnMapping value);

	/**
	 * Returns the value of the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). The cell text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Expression</em>' attribute.
	 * @see #setLabelExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getIntersectionMapping_LabelExpression()
	 * @model
	 * @generated
	 */
	String getLabelExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.IntersectionMapping#getLabelExpression <em>Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Expression</em>' attribute.
	 * @see #getLabelExpression()
	 * @generated
	 */
	void setLabelExpression(String value);

	/**
	 * Returns the value of the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). Whether the cell exists; an empty cell is shown where not.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Precondition</em>' attribute.
	 * @see #setPrecondition(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getIntersectionMapping_Precondition()
	 * @model
	 * @generated
	 */
	String getPrecondition();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.IntersectionMapping#getPrecondition <em>Precondition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Precondition</em>' attribute.
	 * @see #getPrecondition()
	 * @generated
	 */
	void setPrecondition(String value);

	/**
	 * Returns the value of the '<em><b>Cell Editor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cell Editor</em>' containment reference.
	 * @see #setCellEditor(DirectEditTool)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getIntersectionMapping_CellEditor()
	 * @model containment="true"
	 * @generated
	 */
	DirectEditTool getCellEditor();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.IntersectionMapping#getCellEditor <em>Cell Editor</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cell Editor</em>' containment reference.
	 * @see #getCellEditor()
	 * @generated
	 */
	void setCellEditor(DirectEditTool value);

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(CellStyle)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getIntersectionMapping_Style()
	 * @model containment="true"
	 * @generated
	 */
	CellStyle getStyle();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.IntersectionMapping#getStyle <em>Style</em>}' containment reference.
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
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getIntersectionMapping_ConditionalStyles()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConditionalCellStyle> getConditionalStyles();

} // IntersectionMapping
