/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Abstract Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A mapping to nodes (boxes) that may carry nodes on their border.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.AbstractNodeMapping#getBorderedNodeMappings <em>Bordered Node Mappings</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.AbstractNodeMapping#getDetailExpression <em>Detail Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.AbstractNodeMapping#getColumnExpression <em>Column Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.AbstractNodeMapping#getAlignExpression <em>Align Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.AbstractNodeMapping#getLevelExpression <em>Level Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.AbstractNodeMapping#getXExpression <em>XExpression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.AbstractNodeMapping#getYExpression <em>YExpression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.AbstractNodeMapping#getStyle <em>Style</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.AbstractNodeMapping#getConditionalStyles <em>Conditional Styles</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getAbstractNodeMapping()
 * @model abstract="true"
 * @generated
 */
public interface AbstractNodeMapping extends DiagramElementMapping {
	/**
	 * Returns the value of the '<em><b>Bordered Node Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bordered Node Mappings</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getAbstractNodeMapping_BorderedNodeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeMapping> getBorderedNodeMappings();

	/**
	 * Returns the value of the '<em><b>Detail Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). Secondary text shown under the label.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Detail Expression</em>' attribute.
	 * @see #setDetailExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getAbstractNodeMapping_DetailExpression()
	 * @model
	 * @generated
	 */
	String getDetailExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.AbstractNodeMapping#getDetailExpression <em>Detail Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detail Expression</em>' attribute.
	 * @see #getDetailExpression()
	 * @generated
	 */
	void setDetailExpression(String value);

	/**
	 * Returns the value of the '<em><b>Column Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). LANE_GRID: the column element (one of the columnsExpression elements) whose column holds the view.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Column Expression</em>' attribute.
	 * @see #setColumnExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getAbstractNodeMapping_ColumnExpression()
	 * @model
	 * @generated
	 */
	String getColumnExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.AbstractNodeMapping#getColumnExpression <em>Column Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column Expression</em>' attribute.
	 * @see #getColumnExpression()
	 * @generated
	 */
	void setColumnExpression(String value);

	/**
	 * Returns the value of the '<em><b>Align Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). LANE_GRID: an element already shown in an earlier lane whose horizontal position the view takes (e.g. the step of a pain point).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Align Expression</em>' attribute.
	 * @see #setAlignExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getAbstractNodeMapping_AlignExpression()
	 * @model
	 * @generated
	 */
	String getAlignExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.AbstractNodeMapping#getAlignExpression <em>Align Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Align Expression</em>' attribute.
	 * @see #getAlignExpression()
	 * @generated
	 */
	void setAlignExpression(String value);

	/**
	 * Returns the value of the '<em><b>Level Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). LANE_GRID: the vertical position in the lane from 0 (bottom) to 1 (top), for curves such as emotions; stacked when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level Expression</em>' attribute.
	 * @see #setLevelExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getAbstractNodeMapping_LevelExpression()
	 * @model
	 * @generated
	 */
	String getLevelExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.AbstractNodeMapping#getLevelExpression <em>Level Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level Expression</em>' attribute.
	 * @see #getLevelExpression()
	 * @generated
	 */
	void setLevelExpression(String value);

	/**
	 * Returns the value of the '<em><b>XExpression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). FREE layout: the horizontal position of the view in pixels, from the left of its parent's content (of the diagram for a top-level view), e.g. computed from a rating to place views on a matrix; stacked when empty. For a top-level view, a position the user stored wins until the diagram is arranged again.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>XExpression</em>' attribute.
	 * @see #setXExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getAbstractNodeMapping_XExpression()
	 * @model
	 * @generated
	 */
	String getXExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.AbstractNodeMapping#getXExpression <em>XExpression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>XExpression</em>' attribute.
	 * @see #getXExpression()
	 * @generated
	 */
	void setXExpression(String value);

	/**
	 * Returns the value of the '<em><b>YExpression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). FREE layout: the vertical position of the view in pixels, from the top of its parent's content; stacked when empty. For a top-level view, a position the user stored wins until the diagram is arranged again.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>YExpression</em>' attribute.
	 * @see #setYExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getAbstractNodeMapping_YExpression()
	 * @model
	 * @generated
	 */
	String getYExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.AbstractNodeMapping#getYExpression <em>YExpression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>YExpression</em>' attribute.
	 * @see #getYExpression()
	 * @generated
	 */
	void setYExpression(String value);

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The default style.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(NodeStyle)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getAbstractNodeMapping_Style()
	 * @model containment="true"
	 * @generated
	 */
	NodeStyle getStyle();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.AbstractNodeMapping#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(NodeStyle value);

	/**
	 * Returns the value of the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.ConditionalNodeStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Checked in order; the first whose predicate holds replaces the default style.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conditional Styles</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getAbstractNodeMapping_ConditionalStyles()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConditionalNodeStyle> getConditionalStyles();

} // AbstractNodeMapping
